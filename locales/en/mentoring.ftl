## Writing between trainees and mentors, /flag, and nudges.

mentor-only-trainees = /mentor is for trainees. If the coordinator sent you an invitation link, open it first.
mentor-none = You have no mentor yet. The coordinator will find you one.
mentor-start = Your mentor is { $name }. Write your message now. Everything you send, including photos, files and voice messages, goes to { $name } until you press "Done".
trainees-only-mentors = /trainees is for mentors.
trainees-none = You have no trainees yet. The coordinator will link trainees to you.
trainees-choose = Whom do you want to write to?
trainee-start = Write your message to { $name } now. Everything you send goes to { $name } until you press "Done".
relay-done = Done
relay-stopped = All right. Type /mentor or /trainees when you want to write again.
relay-not-linked = You are no longer linked, so the message was not sent. Ask the coordinator if you have any questions.
relay-header-from-trainee = Message from your trainee { $name }. Answer by replying to the message below.
relay-header-from-mentor = Message from your mentor { $name }. Answer by replying to the message below.
relay-sent = Sent to { $name }.
relay-usual-answer = Your mentor usually answers within { $days ->
        [one] one day
       *[other] { $days } days
    }.
relay-undeliverable = Your message to { $name } did not get through. The coordinator has been told.
relay-undeliverable-coordinator = A message from { $from } to { $to } did not get through. { $to } may have blocked the bot or not started it.
flag-ask = What do you want to tell the coordinator about? Write it in a few words, { $max ->
        [one] at most one character
       *[other] at most { $max } characters
    }. You will see it before it is sent.
flag-bad = Write a text of { $max ->
        [one] at most one character
       *[other] at most { $max } characters
    }.
flag-preview = This will be sent to the coordinator:

    { $text }
flag-send = Send to the coordinator
flag-cancel = Cancel
flag-use-buttons = Press "Send to the coordinator" or "Cancel".
flag-cancelled = All right, nothing was sent.
flag-sent = Sent. The coordinator can answer you here in the bot, or contact you another way.
flag-answer-header = The coordinator's answer about what you told them:
flag-write-answer = Write your answer to the concern now. It goes to the person who raised it.
flag-answered = The answer is sent to the person who raised it.
flag-no-coordinator = I found no coordinator to send it to. Use /contact to reach the coordinator.
flag-to-coordinator = Concern from { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }, Telegram ID { $id }):

    { $text }

    Answer by replying to this message.
nudge-trainee = It has been a while since you and your mentor { $name } wrote to each other. Type /mentor if you want to say hello or ask something.
nudge-mentor = It has been a while since you and your trainee { $name } wrote to each other. Type /trainees if you want to hear how it is going.
