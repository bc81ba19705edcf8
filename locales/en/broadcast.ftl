## /broadcast and /broadcasts.

broadcast-choose-audience = Who should get the announcement?
broadcast-audience-everyone = Everyone who has started the bot
broadcast-audience-alerts = Applicants with position alerts
broadcast-audience-trainees = The trainees of { $programme }
broadcast-audience-cohort = The trainees of { $cohort }
broadcast-audience-mentors = All mentors
broadcast-audience-coordinators = All coordinators
broadcast-audience-alerts-of = Applicants with position alerts for { $organisation }
broadcast-audience-mentors-of = The mentors of { $organisation }
broadcast-audience-coordinators-of = The coordinators of { $organisation }
broadcast-nobody = No one is in this group yet. Choose another.
broadcast-ask-content = Send the message in Bokmål now: a text, or a photo or a file with a caption. It goes to { $count ->
        [one] one person
       *[other] { $count } people
    }. Then you can add it in Nynorsk and English for those who chose them.
broadcast-empty = The message is empty. Write a text.
broadcast-too-long = The message is too long: a text can have at most { $text } characters, a caption at most { $caption }.
broadcast-kind = I can send texts, photos and files. Send one of those.
broadcast-ready = This is how the message looks (above).

    To: { $audience } ({ $count ->
        [one] one person
       *[other] { $count } people
    })
    When: { $when }
    { $languages }
    { $urgent }
broadcast-when-now = right away
broadcast-when-later = { $time }
broadcast-urgent-off = Waits until { $until } if it is between { $from } and { $until }.
broadcast-urgent-on = Urgent: also sent at night.
broadcast-any-time = Sent at any time of day.
broadcast-confirm-now = Send to { $count ->
        [one] one person
       *[other] { $count } people
    } now
broadcast-confirm-later = Schedule for { $count ->
        [one] one person
       *[other] { $count } people
    }
broadcast-test = Send a test to me
broadcast-later = Send later
broadcast-make-urgent = Urgent: also send at night
broadcast-make-not-urgent = Not urgent: wait for the morning
broadcast-discard = Cancel
broadcast-discarded = All right, the announcement was not sent.
broadcast-test-sent = The test was sent to you{ $count ->
        [one] .
       *[other] , once in each language ({ $count } messages).
    }
broadcast-ask-time = When should it be sent? Write a date and a time, for example 5.1.2027 09:00.
broadcast-time-passed = That time has passed. Press "Send later" and choose a new one.
broadcast-gone = This announcement was already sent or cancelled.
broadcast-not-running = This announcement is no longer running.
broadcast-cancel-done = The rest of the announcement was stopped.
broadcast-cancel = Stop announcement number { $id }
broadcast-cancel-ask = Stop announcement number { $id }? The messages not sent yet will not be sent. Those already sent stay.
broadcast-cancel-yes = Yes, stop it
broadcast-cancel-no = No, let it go on
broadcast-cancel-kept = The announcement goes on.
broadcast-status-scheduled = Announcement number { $id } is scheduled for { $time } to { $recipients ->
        [one] one person.
       *[other] { $recipients } people.
    }
broadcast-status-sending = Announcement number { $id } is being sent.
    Sent: { $sent }. Did not get through: { $failed }. Left: { $left }.
broadcast-status-done = Announcement number { $id } is done.
    Sent: { $sent }. Did not get through: { $failed }.
broadcast-status-cancelled = Announcement number { $id } was stopped.
    Sent: { $sent }. Did not get through: { $failed }. Not sent: { $cancelled }.
broadcast-language = { $lang ->
        [nn] Nynorsk
        [en] English
       *[nb] Bokmål
    }
broadcast-ask-translation = Send the message in { broadcast-language } now: a text, or a photo or a file with a caption. Those who chose { broadcast-language } get it instead of the Bokmål one.
broadcast-version-count = { broadcast-language } to { $count ->
        [one] one person
       *[other] { $count } people
    }
broadcast-versions = Languages: { $list }.
broadcast-language-count = { broadcast-language } ({ $count ->
        [one] one person
       *[other] { $count } people
    })
broadcast-versions-missing = Chose a language with no version yet: { $list }. They get the Bokmål one.
broadcast-add-language = Add the message in { broadcast-language }
broadcast-change-language = Change the message in { broadcast-language }
broadcast-status-language = In { broadcast-language }: { $sent } of { $queued } sent.
broadcasts-none = No announcements have been sent yet. Type /broadcast to send one.
broadcasts-title = The latest announcements:
broadcasts-item = To { $audience }, { $time }
