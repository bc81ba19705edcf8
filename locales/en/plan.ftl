## /newgathering: planning a gathering or a monthly series.

plan-choose-audience = Who is the gathering for?
plan-for-cohort = The trainees of { $cohort }
plan-for-mentors = The mentors of { $programme }
plan-for-programme = Everyone in { $programme }
plan-ask-time = When does the first gathering begin? Write a date and a time, for example 5.1.2027 17:00.
plan-ask-duration = How long does it last?
plan-minutes = { $minutes ->
        [30] 30 minutes
        [60] 1 hour
        [90] 1 ½ hours
        [120] 2 hours
        [180] 3 hours
        [240] Half a day (4 hours)
        [450] A full day (7 ½ hours)
       *[other] { $minutes } minutes
    }
plan-ask-place = Where is it? Write an address, a room or a video link.
plan-ask-topic = What is the topic?
plan-ask-agenda = Write a short agenda, or choose "No agenda".
plan-no-agenda = No agenda
plan-ask-months = Should the gathering repeat every month, on the same weekday of the same week of the month, at the same time?
plan-months = { $months ->
        [1] Only once
       *[other] Every month for { $months } months
    }
plan-summary = Check before you create { $months ->
        [1] the gathering
       *[other] the { $months } gatherings
    }:

    For: { $programme }
    First: { $first }
    Last: { $last }
    Length: { $minutes } minutes
    Place: { $place }
    Topic: { $topic }
    Agenda: { $agenda }
plan-confirm = Create the gathering
plan-cancel = Cancel
plan-cancelled = All right, I created no gathering.
plan-created = { $count ->
        [one] The gathering is created. Those invited are told now and reminded before.
       *[other] { $count } gatherings are created. Those invited are told now and reminded before.
    }
plan-text-bad = Write a text of { $max ->
        [one] at most one character
       *[other] at most { $max } characters
    }.
plan-use-buttons = Choose with the buttons above, or press "Cancel".
