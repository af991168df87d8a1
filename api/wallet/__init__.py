"""电子证照: licences issued into the holder's wallet, presented as a signed QR that verifies offline."""
