## /programmes and the programme pages.

programmes-intro = These are the programmes. Tap one to read more.
programmes-all = All programmes
programmes-gone = This programme is no longer in the list.
programmes-page =
    { $name }

    { $summary }

    Who can apply?
    { $for_whom }

    What do you get?
    { $gives }

    How to apply
    { $how_to_apply }

    Deadlines
    { $deadlines }

    Contact
    { $contact }

    Source
    These facts are from { $year }. Check the programme's own page for the latest:
    { $source }
