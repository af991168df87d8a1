"""Helper organisation (帮办代办队伍): teams at four levels (市/县/乡镇/村社区), and citizens' requests
for help, dispatched to a team and assigned to one of its helpers."""
