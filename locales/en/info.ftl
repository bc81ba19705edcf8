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
privacy-controllers = Who is responsible for the data: each organisation for its own programmes.
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Here is everything I store about you, as a JSON file.
forget-ask = Do you want me to delete everything I store about you? Your alerts, your answers about gatherings, messages waiting for you, and your place as a trainee or mentor if you have one. This cannot be undone.
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-kept = All right, I deleted nothing.
forget-done = Everything about you is deleted.
    Alerts: { $alerts }. Answers about gatherings: { $answers }. Messages: { $messages }. Message routes: { $routing }. Questions and concerns: { $questions }.{ $member ->
        [yes] {" "}Your place in a programme is deleted too.
       *[no] {""}
    }
    If you write to me again, we start afresh.
privacy-summary =
    Privacy in short:
    1. I store little: your Telegram ID, your language, when you use me, and what you save yourself, such as alerts.
    2. I never ask what disability you have, and I do not store your answers in the check.
    3. You can see everything with /mydata and delete everything with /forget.
privacy-details =
    What I store about you, and for how long:
    1. Your Telegram ID, the language you chose, the day you first and last used me, and whether you have blocked me. If you are an applicant and have not used me for { $applicant_days ->
        [one] one day
       *[other] { $applicant_days } days
    }, I delete everything about you.
    2. The alerts about new positions you saved, until you delete them in /alerts.
    3. If you ask a question with /ask: who asked, in which language, about which programme, when, and when it was answered. The question goes to the coordinators as a copy. I do not store its text.
    4. If you are a trainee or mentor: your first name, your programme and cohort, who your mentor is, the invitation you joined with, whether you come to the gatherings and whether you came (marked by the coordinator), and when you want reminders.
    5. When you and your mentor write to each other: who wrote to whom and when, never what you wrote. I delete this after { $relay_days ->
        [one] one day
       *[other] { $relay_days } days
    }.
    6. A concern you raise with /flag: its text, in the message I send to the coordinators and in their list of concerns until one of them answers. I delete it after { $outbox_days ->
        [one] one day
       *[other] { $outbox_days } days
    }. That you raised it, and when it was answered, I keep until you use /forget.
    7. The messages I send you, such as reminders and alerts. I delete them after { $outbox_days ->
        [one] one day
       *[other] { $outbox_days } days
    }.
    8. What coordinators do about you, such as inviting you or giving you a mentor. It is logged with ids, never with message text.
    9. A step you leave unfinished, such as a question you started to write. I delete it after 24 hours. Answers in the eligibility check are held only in memory, never on disk.

    What I never store:
    1. What kind of disability you have. I never ask about it.
    2. What your messages say, apart from a concern you raise with /flag.

    Good to know:
    1. Everything you write passes through Telegram, which stores your chats under its own privacy policy.
    2. Copies of messages I passed on to your mentor, your trainee or a coordinator stay in their chats after /forget. I cannot delete them.
    3. You have the right to see your data with /mydata, to have it deleted with /forget, and to complain to Datatilsynet, the Norwegian Data Protection Authority, at www.datatilsynet.no.
privacy-more = Read everything about privacy
privacy-mydata = See my data
privacy-forget = Delete everything about me
