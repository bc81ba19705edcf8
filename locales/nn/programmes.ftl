## /programmes and the programme pages.

programmes-intro = Dette er ordningane. Trykk på ei for å lese meir.
programmes-all = Alle ordningane
programmes-gone = Denne ordninga finst ikkje lenger i lista.
programmes-page =
    { $name }

    { $summary }

    Kven kan søkje?
    { $for_whom }

    Kva får du?
    { $gives }

    Slik søkjer du
    { $how_to_apply }

    Fristar
    { $deadlines }

    Kontakt
    { $contact }

    Kjelde
    Opplysingane er frå { $year }. Sjekk sida til programmet for det nyaste:
    { $source }
