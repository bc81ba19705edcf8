## /start, the main menu and /help.

start-greeting =
    Hei! Jeg hjelper deg med jobb- og traineeordninger for personer med funksjonsnedsettelse og for innvandrere.

    Du kan:
    1. sjekke hvilke ordninger som kan passe for deg
    2. lese om ordningene
    3. få kontakt med koordinatoren

    Velg under, eller skriv /help.
start-unknown-code = Jeg kjenner ikke igjen denne koden. Sjekk at lenken er riktig, eller spør koordinatoren.
menu-eligibility = Sjekk hva som kan passe
menu-programmes = Ordningene
menu-positions = Ledige stillinger
menu-contact = Kontakt koordinatoren
menu-language = Språk / Language
help-intro = Dette kan jeg hjelpe med:
