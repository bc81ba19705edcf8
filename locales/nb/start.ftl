## /start, the main menu and /help.

start-greeting =
    Hei! Jeg hjelper deg med jobb- og traineeordninger for personer med funksjonsnedsettelse og for innvandrere.

    Du kan:
    1. sjekke hva som kan passe for deg
    2. se ledige stillinger
    3. lese om ordningene
    4. kontakte koordinatoren
    5. velge språk: bokmål, nynorsk eller engelsk
    6. velge lettlest: korte setninger og vanlige ord

    Velg en knapp under, eller skriv /help.
start-unknown-code = Jeg kjenner ikke igjen denne koden. Sjekk at lenken er riktig, eller spør koordinatoren.
menu-eligibility = Sjekk hva som kan passe
menu-programmes = Ordningene
menu-positions = Ledige stillinger
menu-contact = Kontakt koordinatoren
menu-language = Språk / Language
help-intro = Dette kan jeg hjelpe med:
menu-title = Hva vil du gjøre nå?
menu-back = Til menyen
