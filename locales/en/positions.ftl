## /positions: open positions and one page per position.

positions-heading = { $total ->
        [one] One open position. Tap it to read more.
       *[other] Open positions { $from } to { $to } of { $total }. Tap one to read more.
    }
positions-deadline = Apply by { $date }
positions-none = There are no open positions right now. To get a message when new ones come, tap the alert button below.
positions-previous = Previous page
positions-next = Next page
positions-page-gone = That page no longer exists. Here is the last one.
positions-closed = This position is no longer open.
positions-all = All open positions
positions-open-ad = Read the full advertisement
positions-filter = Filter the positions
positions-filter-clear = Remove the filter
positions-filter-active = Filter: { $filter }
positions-none-filtered = No open positions match the filter: { $filter }. Try removing part of the filter, or tap the alert button below.
positions-filter-choose = What do you want to filter by?
positions-filter-show = Show the positions
positions-filter-back = Back
positions-facet-programme = Programme
positions-facet-employment = Type of position
positions-facet-extent = Full time or part time
positions-facet-employer = Employer
positions-choose-programme = Choose a programme:
positions-choose-employment = Choose the type of position:
positions-choose-extent = Choose full time or part time:
positions-choose-employer = Choose an employer:
positions-any = All
positions-full-time = Full time
positions-part-time = Part time
positions-close = Close the position
positions-closed-now = The position is closed. It is no longer shown.
positions-close-ask = Close the position "{ $title }"? It will no longer be shown in the bot, and nobody gets an alert about it.
positions-close-yes = Yes, close it
positions-close-no = No, keep it open
positions-close-not-coordinator = Only coordinators can close positions.
positions-employment = { $kind ->
        [permanent] Permanent position
        [temporary] Temporary position
       *[substitute] Substitute post
    }
positions-extent = { $percent ->
        [100] full time
        [none] part time
       *[other] part time, { $percent } percent
    }
positions-detail =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Apply by { $deadline }.
    Programme: { $programme }

    How to apply:
    { $how_to_apply }
positions-from-feed = From NAV's job feed (arbeidsplassen.nav.no; NAV is the Norwegian Labour and Welfare Administration). The ad last changed on { $date }.
