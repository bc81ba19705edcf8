## /start, the main menu and /help.

start-greeting =
    Hi! I help you with job and trainee programmes in Norway for people with disabilities and for immigrants.

    You can:
    1. check which programmes may fit you
    2. see open positions
    3. read about the programmes
    4. contact the coordinator
    5. choose a language: Norwegian Bokmål, Norwegian Nynorsk or English
    6. choose easy read: short sentences and common words

    Choose a button below, or type /help.
start-unknown-code = I do not recognise this code. Check that the link is right, or ask the coordinator.
menu-eligibility = Check what may fit
menu-programmes = The programmes
menu-positions = Open positions
menu-contact = Contact the coordinator
menu-language = Language / Språk
help-intro = This is what I can help with:
menu-title = What would you like to do now?
menu-back = Main menu
