## Dates in words, e.g. "fredag 12. desember 2026".

date-long = { $weekday ->
        [mon] mandag
        [tue] tirsdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] lørdag
       *[sun] søndag
    } { $day }. { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }
# A date and a time of day, e.g. "fredag 12. desember 2026 kl. 17.00".
date-time = { $date } kl. { $time }
