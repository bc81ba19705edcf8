## /eligibility: the guided check.

check-intro =
    I will ask a few short questions. Answer with the buttons.

    You never need to say what kind of disability you have. Your answers are deleted when the check is over.
check-question =
    Question { $number }

    { $question }
check-yes = Yes
check-no = No
check-not-sure = Not sure
check-back = Back
check-cancel = Cancel
check-use-buttons = Please answer with the buttons under the question. You can also tap Cancel.
check-stale = This button belongs to a question you have already answered. Use the newest question, or type /eligibility.
check-cancelled = The check is cancelled. Your answers are deleted.
check-done = Thank you! That was the last question.
check-result-intro = This is guidance only, not a decision. The employer decides who gets the job.
check-result-may-fit = May fit you:
check-result-talk = Might fit. Talk to the coordinator about these:
check-result-no = Probably not a fit:
check-next-step = Next step: { $step }
check-result-outro = Your answers are deleted. Want to know more? Read about the programmes or contact the coordinator.
check-again = Take the check again
