## /start, the main menu and /help.

start-greeting =
    Hei! Eg hjelper deg med jobb- og traineeordningar for personar med funksjonsnedsetjing og for innvandrarar.

    Du kan:
    1. sjekke kva som kan passe for deg
    2. sjå ledige stillingar
    3. lese om ordningane
    4. kontakte koordinatoren
    5. velje språk: bokmål, nynorsk eller engelsk
    6. velje lettlest: korte setningar og vanlege ord

    Vel ein knapp under, eller skriv /help.
start-unknown-code = Eg kjenner ikkje att denne koden. Sjekk at lenkja er rett, eller spør koordinatoren.
menu-eligibility = Sjekk kva som kan passe
menu-programmes = Ordningane
menu-positions = Ledige stillingar
menu-contact = Kontakt koordinatoren
menu-language = Språk / Language
help-intro = Dette kan eg hjelpe med:
menu-title = Kva vil du gjere no?
menu-back = Til menyen
