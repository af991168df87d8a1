"""Appointments (分时段预约): slots per hall, item and time, booked without ever over-booking."""
