## /alerts: saved filters, and the message about new positions.

alerts-save = Varsle meg om nye stillingar som dette
alerts-saved = Varselet er lagra. Du får ei melding når nye stillingar passar.
alerts-duplicate = Du har allereie dette varselet.
alerts-too-many = Du har allereie 5 varsel. Slett eit varsel i /alerts først.
alerts-none = Du har ingen varsel. Opne /positions, vel eit filter og trykk «Varsle meg om nye stillingar som dette».
alerts-list = Varsla dine. Du får ei melding når nye stillingar passar.
alerts-item = { $number }. { $filter }
alerts-everything = Alle nye stillingar
alerts-delete = Slett varsel { $number }
alerts-deleted = Varselet er sletta.
alerts-gone = Det varselet finst ikkje lenger.
alerts-new = { $count ->
        [one] Ei ny stilling passar varselet ditt:
       *[other] { $count } nye stillingar passar varselet ditt:
    }
alerts-more = Og { $count ->
        [one] éi stilling til.
       *[other] { $count } stillingar til.
    }
alerts-new-outro = Sjå dei i /positions. Varsla dine styrer du i /alerts.
