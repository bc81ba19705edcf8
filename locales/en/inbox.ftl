## /ask and /inbox: questions handed over to a coordinator.

asker-role = { $role ->
        [trainee] trainee
        [mentor] mentor
        [coordinator] coordinator
       *[applicant] applicant
    }
ask-prompt = Write your question now, and I will send it to the coordinators at { $organisation }. You will get the answer here.
ask-choose-programme = Which programme is your question about? Then I send it to the right coordinators.
ask-header = Question from { $name } ({ asker-role }, { $language }). Answer by replying to the message below.
ask-sent = Your question has been sent to the coordinator. You will get the answer here.
ask-outside-hours = It is outside office hours now. The earliest you will get an answer is { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } at { $time }.
ask-answer-header = Answer from the coordinator:
ask-answered = The answer has been sent. It was question number { $id }.
inbox-empty = Nothing is waiting for an answer: no questions and no concerns.
inbox-title = Waiting for an answer: { $questions ->
        [0] no questions
        [one] one question
       *[other] { $questions } questions
    } and { $concerns ->
        [0] no concerns
        [one] one concern
       *[other] { $concerns } concerns
    }. The oldest come first, each with its own answer button.
inbox-item = Question number { $id }, from an { asker-role }, in { $language }, asked { $asked }:
inbox-question-gone = Question number { $id } can no longer be shown: the person who asked has deleted it. You can still answer it.
inbox-concern = Concern from { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }), raised { $raised }:

    { $text }
inbox-concern-left = Concern from someone who no longer has a role, raised { $raised }:

    { $text }
inbox-concern-text-gone = (Its text is no longer kept here. It is in the message you got when it was raised.)
inbox-answer-concern = Answer this concern
inbox-answer = Answer question { $id }
inbox-write-answer = Write the answer to question number { $id } now. It goes to the person who asked.
stats-text = The numbers now:

    Applicants: { $applicants }
    Trainees: { $trainees }
    Mentors: { $mentors }
    Coordinators: { $coordinators }

    Chose Bokmål: { $nb }
    Chose Nynorsk: { $nn }
    Chose English: { $en }
    Chose no language: { $unchosen }

    Open positions: { $positions }
    Position alerts: { $alerts }

    Upcoming gatherings: { $gatherings }
    Answered coming: { $coming }
    Answered not coming: { $not_coming }

    Announcements in the last 30 days: { $broadcasts }
    Messages delivered: { $delivered }
    Messages that did not get through: { $failed }

    Questions waiting for an answer: { $questions }
    Blocked the bot: { $unreachable }
stats-feed-read =
    Open positions from NAV's job feed: { $positions }
    Feed last read: { $moment }
    Ads refused for bad data: { $refused }
stats-feed-never = NAV's job feed has not been read yet.
stats-feed-failed =
    Open positions from NAV's job feed: { $positions }
    Reading the feed failed { $moment }: { $reason ->
        [token] the feed did not accept the token. The operator must check NAV_FEED_TOKEN.
        [unavailable] the feed did not answer. The bot tries again by itself.
        [malformed] the feed sent something the bot could not read. The bot tries again by itself.
       *[network] the bot could not reach the feed. The bot tries again by itself.
    }
