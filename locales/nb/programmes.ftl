## /programmes and the programme pages.

programmes-intro = Dette er ordningene. Trykk på en for å lese mer.
programmes-all = Alle ordningene
programmes-gone = Denne ordningen finnes ikke lenger i lista.
programmes-page =
    { $name }

    { $summary }

    Hvem kan søke?
    { $for_whom }

    Hva får du?
    { $gives }

    Slik søker du
    { $how_to_apply }

    Frister
    { $deadlines }

    Kontakt
    { $contact }

    Kilde
    Opplysningene er fra { $year }. Sjekk programmets egen side for det nyeste:
    { $source }
