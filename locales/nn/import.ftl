## Coordinators send a CSV file of positions to the bot.

import-not-coordinator = Berre koordinatorar kan leggje inn stillingar. Vil du sjå ledige stillingar? Skriv /positions.
import-not-csv = Send stillingane som ei CSV-fil. Kolonnane står i rettleiinga for koordinatorar.
import-too-large = Fila er for stor. Ho kan vere på høgst 2 MB.
import-download-failed = Eg fekk ikkje henta fila. Prøv igjen om litt.
import-not-utf8 = Fila er ikkje UTF-8-tekst. Lagre ho som «CSV UTF-8» og send ho igjen.
import-empty = Fila er tom.
import-wrong-columns = Ingenting vart lagt inn. Desse kolonnane manglar: { $columns }
import-malformed = Ingenting vart lagt inn. Linje { $line } er ikkje ei rett CSV-rad.
import-rows = Ingenting vart lagt inn. Rett dette og send fila igjen:
import-row = Linje { $line }, { $field }: { $problem ->
        [too-long] { $max ->
            [one] lengre enn eitt teikn
           *[other] lengre enn { $max } teikn
        }
        [missing] manglar
        [bad-date] ikkje ein dato (ÅÅÅÅ-MM-DD)
        [bad-link] ikkje ei http- eller https-lenkje
        [unknown-programme] ikkje ei ordning i katalogen
        [duplicate-id] brukt to gonger i fila
        [bad-percent] ikkje eit heilt tal frå 1 til 100
       *[bad-employment] ikkje permanent, temporary eller substitute
    }
import-more-rows = Og { $count ->
        [one] éin feil til.
       *[other] { $count } feil til.
    }
import-summary = Stillingane er lagde inn.
    Nye: { $added }. Endra: { $updated }. Uendra: { $unchanged }.
    Personar som får varsel: { $alerts }.
