## Command menu descriptions (setMyCommands) and /help lines.

command-start = Start and menu
command-help = What I can help with
command-eligibility = Check which programmes may fit you
command-programmes = Read about the programmes
command-positions = See open positions
command-alerts = Alerts about new positions
command-contact = Contact the coordinator
command-language = Change language
command-privacy = What I store about you
command-gatherings = Your gatherings
command-reminders = When you want reminders
command-invite = Make an invitation link
command-newgathering = Plan a gathering
command-attendance = See who is coming
command-link = Give a trainee a mentor
command-mentor = Write to your mentor
command-trainees = Write to one of your trainees
command-flag = Tell the coordinator about a concern
command-broadcast = Send an announcement
command-broadcasts = Announcements sent
command-ask = Ask the coordinator a question
command-inbox = Questions waiting for an answer
command-stats = The numbers
command-mydata = Everything I store about you
command-forget = Delete everything about you
command-roles = Take back roles and invitations
