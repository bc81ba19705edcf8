## /alerts: saved filters, and the message about new positions.

alerts-save = Varsle meg om nye stillinger som dette
alerts-saved = Varselet er lagret. Du får en melding når nye stillinger passer.
alerts-duplicate = Du har allerede dette varselet.
alerts-too-many = Du har allerede 5 varsler. Slett et varsel i /alerts først.
alerts-none = Du har ingen varsler. Åpne /positions, velg et filter og trykk «Varsle meg om nye stillinger som dette».
alerts-list = Varslene dine. Du får en melding når nye stillinger passer.
alerts-item = { $number }. { $filter }
alerts-everything = Alle nye stillinger
alerts-delete = Slett varsel { $number }
alerts-deleted = Varselet er slettet.
alerts-gone = Det varselet finnes ikke lenger.
alerts-new = { $count ->
        [one] En ny stilling passer varselet ditt:
       *[other] { $count } nye stillinger passer varselet ditt:
    }
alerts-more = Og { $count ->
        [one] én stilling til.
       *[other] { $count } stillinger til.
    }
alerts-new-outro = Se dem i /positions. Varslene dine styrer du i /alerts.
