## Dates in words, e.g. "Friday 12 December 2026".

date-long = { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# A date and a time of day, e.g. "fredag 12. desember 2026 kl. 17.00".
date-time = { $date } at { $time }
