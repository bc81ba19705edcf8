## Plain English: `<id>-easy` is used instead of `<id>` for people who chose
## easy read. One short sentence per line, common words, the most important
## first, one next step. A message without an easy variant is shown as is.

start-greeting-easy =
    Hi!
    I help you find a job.
    Some jobs are for people with a disability.
    Some jobs are for people who moved to Norway.
    Press a button below.
    Someone you know is welcome to help you.
menu-eligibility-easy = What fits me?
menu-positions-easy = Open jobs
menu-programmes-easy = Read about the offers
menu-contact-easy = Talk to a person
menu-title-easy = What do you want to do now?

check-intro-easy =
    I have a few questions for you.
    Answer with a button.
    You do not need to say what you have.
    I delete the answers afterwards.
check-use-buttons-easy =
    Answer with the buttons under the question.
    You can also press Cancel.
check-cancelled-easy =
    You stopped.
    I have deleted your answers.
check-done-easy = Thank you! That was the last question.
check-stale-easy =
    This button is old.
    Use the newest question.
check-easy-fits = This may fit you:
check-easy-talk = Talk to a person about this:
check-easy-none =
    I found nothing that fits now.
    You are welcome to talk to a person.
check-easy-outro =
    Press an offer to read more.
    The employer decides who gets the job.
    I have deleted your answers.

programmes-intro-easy =
    Here are the offers.
    Press an offer to read more.
programmes-page-easy =
    { $name }

    { $easy }

    This text is from { $year }.
    Read more here:
    { $source }

positions-heading-easy = { $total ->
        [one] Here is one open job.
       *[other] Here are { $total } open jobs.
    }
    Press a job to read more.
positions-none-easy =
    There are no open jobs now.
    Do you want a message about new jobs?
    Press the button below.
positions-deadline-easy = Last day to apply: { $date }
positions-filter-easy = Choose which jobs to see
alerts-save-easy = Tell me about new jobs
alerts-saved-easy =
    Thank you!
    You will get a message when new jobs come.
alerts-duplicate-easy = You already get news about these jobs.
alerts-none-easy =
    You do not get news about new jobs now.
    Press Open jobs.
    Then press Tell me about new jobs.
alerts-list-easy =
    You get news about these jobs.
    You can delete one with the buttons.
positions-closed-easy = This job is not open any more.
positions-employment-easy = { $kind ->
        [permanent] Permanent job
        [temporary] Job for a while
       *[substitute] Job as a stand-in
    }
positions-extent-easy = { $percent ->
        [100] the whole week
       *[other] part of the week
    }
positions-detail-easy =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Last day to apply: { $deadline }.

    Read the whole ad with the button below.

contact-text-easy =
    You can talk to { $name }.
    Phone: { $phone }
    Email: { $email }
    Address: { $address }
contact-hours-heading-easy =
    You can book a meeting.
    These times often suit:
contact-hours-line-easy = { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } from { $from } to { $to }
contact-no-hours-easy = Call or send an email to book a meeting.
contact-choose-programme-easy =
    Which offer do you want to talk about?
    Press a button.

ask-choose-programme-easy =
    Which offer do you want to ask about?
    Press a button.
ask-prompt-easy =
    Write your question now.
    I will send it to { $organisation }.
    You will get the answer here.
ask-sent-easy =
    Thank you!
    I have sent your question.
    You will get the answer here.

privacy-summary-easy =
    What I store:
    1. I store little about you.
    2. I never ask what you have.
    3. You can see everything with /mydata.
    4. You can delete everything with /forget.
privacy-more-easy = Read everything
privacy-details-easy =
    What I store about you:
    1. A number from Telegram, so I know who you are.
    2. The language you chose.
    3. When you used me.
    4. If you have blocked me.
    5. Job alerts you saved.
    6. When you asked a question.
    7. If you are in an offer: your name and your mentor.
    8. If you come to the meetings.
    9. Messages I send you.
    I delete the messages after { $outbox_days ->
        [one] one day
       *[other] { $outbox_days } days
    }.

    What I never store:
    1. What you have.
    2. What you write.
    But I keep a worry you send with /flag for a while.

    Good to know:
    1. Everything you write goes through Telegram.
    2. What you sent to others stays with them.
    3. You can complain to Datatilsynet.
    That is the Norwegian office for privacy: datatilsynet.no.
    Do you want to read everything? Choose normal text in /language.
mydata-caption-easy = Here is everything I have stored about you.
forget-ask-easy =
    Do you want me to delete everything about you?
    You cannot undo it.
forget-kept-easy =
    All right.
    I deleted nothing.
forget-done-easy =
    I have deleted everything about you.
    If you write again, we start afresh.

fallback-text-easy =
    I did not understand that.
    Press a button below.
fallback-unknown-command-easy =
    I did not understand that.
    Press a button below.
fallback-not-text-easy =
    I can only read text.
    Press a button below.
button-unknown-easy =
    This button does not work any more.
    Type /start to begin again.
error-generic-easy =
    Something went wrong on my side.
    Try again a bit later.
flood-slow-down-easy =
    You are sending many messages.
    Wait a little.
    Then I will answer again.

reminder-text-easy = { $lead ->
        [week] Remember the meeting in a week.
        [three-days] Remember the meeting in three days.
        [day] Remember the meeting tomorrow.
       *[two-hours] Remember the meeting in two hours.
    }
reminder-question-easy = Are you coming?
rsvp-thanks-coming-easy =
    Thank you!
    You are coming to { $topic }.
    It is { $when }.
rsvp-thanks-not-coming-easy =
    Thank you for telling me.
    You are not coming to { $topic }.
gathering-when-easy = { $date }, from { $from } to { $to }
date-time-easy = { $date } at { $time }
positions-from-feed-easy = This job is from NAV. The ad changed on { $date }.
