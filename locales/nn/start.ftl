## /start, the main menu and /help.

start-greeting =
    Hei! Eg hjelper deg med jobb- og traineeordningar for personar med funksjonsnedsetjing og for innvandrarar.

    Du kan:
    1. sjekke kva ordningar som kan passe for deg
    2. lese om ordningane
    3. få kontakt med koordinatoren

    Vel under, eller skriv /help.
start-unknown-code = Eg kjenner ikkje att denne koden. Sjekk at lenkja er rett, eller spør koordinatoren.
menu-eligibility = Sjekk kva som kan passe
menu-programmes = Ordningane
menu-positions = Ledige stillingar
menu-contact = Kontakt koordinatoren
menu-language = Språk / Language
help-intro = Dette kan eg hjelpe med:
