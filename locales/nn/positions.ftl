## /positions: open positions and one page per position.

positions-heading = { $total ->
        [one] Éi ledig stilling. Trykk på ho for å lese meir.
       *[other] Ledige stillingar { $from } til { $to } av { $total }. Trykk på ei for å lese meir.
    }
positions-deadline = Søknadsfrist { $date }
positions-none = Det er ingen ledige stillingar akkurat no. Du kan få ei melding når det kjem nye: trykk på varsel-knappen under.
positions-previous = Førre side
positions-next = Neste side
positions-page-gone = Den sida finst ikkje lenger. Her er den siste.
positions-closed = Denne stillinga er ikkje lenger ledig.
positions-all = Alle ledige stillingar
positions-open-ad = Les heile utlysinga
positions-filter = Filtrer stillingane
positions-filter-clear = Fjern filteret
positions-filter-active = Filter: { $filter }
positions-none-filtered = Ingen ledige stillingar passar filteret: { $filter }. Prøv å fjerne noko av filteret, eller trykk på varsel-knappen under.
positions-filter-choose = Kva vil du filtrere på?
positions-filter-show = Vis stillingane
positions-filter-back = Tilbake
positions-facet-programme = Ordning
positions-facet-employment = Type stilling
positions-facet-extent = Heiltid eller deltid
positions-facet-employer = Arbeidsgivar
positions-choose-programme = Vel ordning:
positions-choose-employment = Vel type stilling:
positions-choose-extent = Vel heiltid eller deltid:
positions-choose-employer = Vel arbeidsgivar:
positions-any = Alle
positions-full-time = Heiltid
positions-part-time = Deltid
positions-close = Steng stillinga
positions-closed-now = Stillinga er stengd. Ho blir ikkje vist lenger.
positions-close-ask = Vil du stengje stillinga «{ $title }»? Då blir ho ikkje vist lenger i boten, og ingen får varsel om ho.
positions-close-yes = Ja, steng ho
positions-close-no = Nei, la ho vere ledig
positions-close-not-coordinator = Berre koordinatorar kan stengje stillingar.
positions-employment = { $kind ->
        [permanent] Fast stilling
        [temporary] Mellombels stilling
       *[substitute] Vikariat
    }
positions-extent = { $percent ->
        [100] heiltid
        [none] deltid
       *[other] deltid, { $percent } prosent
    }
positions-detail =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Søknadsfrist { $deadline }.
    Ordning: { $programme }

    Slik søkjer du:
    { $how_to_apply }
positions-from-feed = Frå stillingsfeeden til NAV (arbeidsplassen.nav.no). Annonsen vart sist endra { $date }.
