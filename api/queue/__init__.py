"""The hall queue (取号/叫号): tickets for a hall's window groups, tied to appointments' bookings."""
