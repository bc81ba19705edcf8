## /contact and /privacy.

contact-text =
    Coordinator: { $name }
    Phone: { $phone }
    Email: { $email }
    Address: { $address }
contact-hours-heading = You can book a meeting with the coordinator. Usual times:
contact-hours-line = { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } { $from }–{ $to }
contact-no-hours = Contact the coordinator to book a meeting.
contact-choose-programme = Which programme is it about? Each programme has its own contact.
contact-web = Web page: { $web }
contact-ask = Ask a question
privacy-text =
    This is what I store about you:
    1. Your Telegram ID, so I know whom I am answering.
    2. The language you chose.
    3. When you first wrote to me.
    4. The alerts about new positions you saved, until you delete them in /alerts.
    5. If you are a trainee or mentor: your first name, your programme and cohort, who your mentor is, whether you come to the gatherings, and when you want reminders. When you and your mentor write to each other, I store who wrote to whom and when, not what you wrote. That is deleted after { $relay_days } days.

    This is what I do not store:
    1. Your answers in the check. I hold them only in memory while the check runs, never on disk, and forget them when the check is over or cancelled. If you leave a check unfinished, I forget them after one day, or sooner if I restart.
    2. What kind of disability you have. I never ask about it.
    3. What your messages say. Only a concern you raise with /flag is kept as text until it has reached the coordinators; it is deleted with the other messages I sent.

    I keep this for as long as you use me. If you are an applicant and have not used me for { $applicant_days } days, I delete it. Messages I sent you are deleted after { $outbox_days } days.

    /mydata sends you everything I store about you. /forget deletes all of it.
privacy-controllers = Each organisation is responsible for the data about its own programmes:
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Here is everything I store about you, as a JSON file.
forget-ask = Do you want me to delete everything I store about you? Alerts, answers about gatherings, messages waiting, and if you are a trainee or mentor, that too. This cannot be undone.
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-kept = All right, I deleted nothing.
forget-done = Everything about you is deleted: { $alerts } alerts, { $answers } answers about gatherings, { $messages } messages, { $routing } message routes, { $questions } questions{ $member ->
        [yes] , and your place in a programme
       *[no] {""}
    }. If you write to me again, we start afresh.
