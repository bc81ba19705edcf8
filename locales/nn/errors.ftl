## Answers to input the bot does not expect.

fallback-private-only = Eg verkar berre i private samtalar. Skriv til meg direkte.
fallback-edited = Eg les ikkje endra meldingar. Send ei ny melding i staden.
fallback-unknown-command = Den kommandoen kjenner eg ikkje. Vel ein knapp under, eller skriv /help.
fallback-text = Det forstod eg ikkje. Vel ein knapp under, eller skriv /help.
fallback-not-text = Eg kan berre lese tekst og knappar. Vel ein knapp under, eller skriv /help.
button-unknown = Denne knappen verkar ikkje lenger. Skriv /start for å byrje på nytt.
error-generic = Noko gjekk gale hos meg. Prøv igjen om litt.
flood-slow-down = Du sender mange meldingar på kort tid. Vent eit minutt, så svarar eg igjen.
