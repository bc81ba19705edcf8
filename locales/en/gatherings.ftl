## Gatherings, answering coming or not, reminders, and change notices.

gathering-when = { $date }, { $from }–{ $to }
gathering-place = Place: { $place }
gathering-coming = I am coming
gathering-not-coming = I am not coming
gathering-calendar = Add to calendar
gathering-answered-coming = You have answered that you are coming.
gathering-answered-not-coming = You have answered that you are not coming.
gatherings-title = { $count ->
        [one] Your next gathering:
       *[other] Your next { $count } gatherings:
    }
gatherings-none = You have no gatherings coming up.
gatherings-not-member = Gatherings and reminders are for trainees and mentors. If the coordinator sent you an invitation link, open it first.
gatherings-none-planned = No gatherings are planned. Type /newgathering to plan one.
gatherings-choose = Choose a gathering:
rsvp-not-invited = This gathering is not for you.
rsvp-cancelled = This gathering is cancelled.
rsvp-over = This gathering has already started or is over.
rsvp-thanks-coming = Thank you! You are down as "coming" to { $topic }, { $when }.
rsvp-thanks-not-coming = Thank you for letting us know. You are down as "not coming" to { $topic }, { $when }.
calendar-caption = Open the file to add the gathering to your calendar.
attendance-text = { $topic }
    { $when }

    Coming: { $coming }. { $coming_names }
    Not coming: { $not_coming }. { $not_coming_names }
    No answer: { $silent }. { $silent_names }
manage-attendance = Who is coming?
manage-new-time = New time
manage-new-place = New place
manage-new-topic = New topic
manage-new-agenda = New agenda
manage-cancel = Cancel the gathering
manage-ask-time = Write the new time, for example 5.1.2027 17:00.
manage-ask-place = Write the new place (address, room or video link).
manage-ask-topic = Write the new topic.
manage-ask-agenda = Write the new agenda.
manage-cancel-ask = Do you want to cancel { $topic }, { $when }? Everyone invited will be told.
manage-cancel-yes = Yes, cancel it
manage-cancel-no = No, keep it
manage-cancelled = The gathering is cancelled. { $count ->
        [one] One person will be told.
       *[other] { $count } people will be told.
    }
manage-changed = The gathering is changed. { $count ->
        [one] One person will be told.
       *[other] { $count } people will be told.
    }

    { $gathering }
time-unreadable = I did not understand the time. Write a date and a time, for example 5.1.2027 17:00.
time-does-not-exist = { $time } does not exist in Norway: that night the clocks jump from 02:00 to 03:00. Choose another time.
time-in-the-past = { $time } is in the past. Choose a time ahead.
reminder-text = { $lead ->
        [week] Reminder: there is a gathering in a week.
        [three-days] Reminder: there is a gathering in three days.
        [day] Reminder: there is a gathering tomorrow.
       *[two-hours] Reminder: there is a gathering in two hours.
    }
reminder-question = Are you coming?
notice-new = New gathering: "{ $topic }". You are invited:
notice-new-series = New gatherings: "{ $topic }", { $count ->
       *[other] { $count } times, once a month
    }. You are invited. The first one:
notice-changed = The gathering "{ $topic }" has changed.
notice-changed-time = New time: { $when }. Before: { $before }.
notice-changed-place = New place: { $place }. Before: { $before }.
notice-changed-topic = New topic: { $topic }. Before: { $before }.
notice-changed-agenda = The agenda has changed.
notice-answer-again = Please answer again whether you come: your earlier answer was for the old time.
notice-now = This is it now:
notice-cancelled = Cancelled: the gathering "{ $topic }", { $when }, will not take place.
reminders-lead = { $lead ->
        [week] 7 days before
        [three-days] 3 days before
        [day] 1 day before
       *[two-hours] 2 hours before
    }
reminders-on = You get reminders about gatherings: { $leads }.
reminders-off = You get no reminders about gatherings.
reminders-turn-on = Turn on: { $lead }
reminders-turn-off = Turn off: { $lead }
reminders-all-off = Turn off all reminders
reminders-quiet = I do not send reminders between { $from } and { $until }. A reminder due in that time comes at { $until }.
list-previous = Previous page
list-next = Next page
list-page = Page { $page } of { $pages }. { $total ->
        [one] One in all.
       *[other] { $total } in all.
    }
manage-cancel-series = Cancel this and the rest of the series ({ $count ->
        [one] one gathering
       *[other] { $count } gatherings
    })
manage-cancel-series-ask = Do you want to cancel { $topic }, { $when }, and the rest of the series? { $count ->
        [one] That is one gathering
       *[other] That is { $count } gatherings
    } in all. Everyone invited will be told.
manage-cancelled-series = { $gatherings ->
        [one] One gathering is cancelled.
       *[other] { $gatherings } gatherings are cancelled.
    } { $count ->
        [one] One person will be told.
       *[other] { $count } people will be told.
    }
notice-cancelled-series = Cancelled: the gatherings "{ $topic }" from { $when } on will not take place ({ $count ->
        [one] one gathering
       *[other] { $count } gatherings
    }).
attendance-came = Came (marked by a coordinator): { $came }. { $came_names }
    Press a person to mark whether they came.
attendance-mark = { $name }: { $state ->
        [came] came
        [not-came] did not come
       *[unmarked] not marked
    }
attendance-not-started = The gathering has not begun yet. You can mark who came once it has begun.
attendance-not-invited = This person is not invited to the gathering.
