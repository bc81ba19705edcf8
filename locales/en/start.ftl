## /start, the main menu and /help.

start-greeting =
    Hi! I help you with job and trainee programmes for people with disabilities and for immigrants in Norway.

    You can:
    1. check which programmes may fit you
    2. read about the programmes
    3. contact the coordinator

    Choose below, or type /help.
start-unknown-code = I do not recognise this code. Check that the link is right, or ask the coordinator.
menu-eligibility = Check what may fit
menu-programmes = The programmes
menu-positions = Open positions
menu-contact = Contact the coordinator
menu-language = Language / Språk
help-intro = This is what I can help with:
