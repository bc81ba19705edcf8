## Coordinators send a CSV file of positions to the bot.

import-not-coordinator = Bare koordinatorer kan legge inn stillinger. Vil du se ledige stillinger? Skriv /positions.
import-not-csv = Send stillingene som en CSV-fil. Kolonnene står i veiledningen for koordinatorer.
import-too-large = Filen er for stor. Den kan være på høyst 2 MB.
import-download-failed = Jeg fikk ikke hentet filen. Prøv igjen om litt.
import-not-utf8 = Filen er ikke UTF-8-tekst. Lagre den som «CSV UTF-8» og send den igjen.
import-empty = Filen er tom.
import-wrong-columns = Ingenting ble lagt inn. Disse kolonnene mangler: { $columns }
import-malformed = Ingenting ble lagt inn. Linje { $line } er ikke en riktig CSV-rad.
import-rows = Ingenting ble lagt inn. Rett dette og send filen igjen:
import-row = Linje { $line }, { $field }: { $problem ->
        [too-long] { $max ->
            [one] lengre enn ett tegn
           *[other] lengre enn { $max } tegn
        }
        [missing] mangler
        [bad-date] ikke en dato (ÅÅÅÅ-MM-DD)
        [bad-link] ikke en http- eller https-lenke
        [unknown-programme] ikke en ordning i katalogen
        [duplicate-id] brukt to ganger i filen
        [bad-percent] ikke et helt tall fra 1 til 100
       *[bad-employment] ikke permanent, temporary eller substitute
    }
import-more-rows = Og { $count ->
        [one] én feil til.
       *[other] { $count } feil til.
    }
import-summary = Stillingene er lagt inn.
    Nye: { $added }. Endret: { $updated }. Uendret: { $unchanged }.
    Personer som får varsel: { $alerts }.
