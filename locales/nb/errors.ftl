## Answers to input the bot does not expect.

fallback-private-only = Jeg virker bare i private samtaler. Skriv til meg direkte.
fallback-edited = Jeg leser ikke endrede meldinger. Send en ny melding i stedet.
fallback-unknown-command = Den kommandoen kjenner jeg ikke. Velg en knapp under, eller skriv /help.
fallback-text = Det forstod jeg ikke. Velg en knapp under, eller skriv /help.
fallback-not-text = Jeg kan bare lese tekst og knapper. Velg en knapp under, eller skriv /help.
button-unknown = Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt.
error-generic = Noe gikk galt hos meg. Prøv igjen om litt.
flood-slow-down = Du sender mange meldinger på kort tid. Vent et minutt, så svarer jeg igjen.
