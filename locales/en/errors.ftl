## Answers to input the bot does not expect.

fallback-private-only = I only work in private chats. Write to me directly.
fallback-edited = I do not read edited messages. Please send a new message instead.
fallback-unknown-command = I do not know that command. Choose a button below, or type /help.
fallback-text = I did not understand that. Choose a button below, or type /help.
fallback-not-text = I can only read text and buttons. Choose a button below, or type /help.
button-unknown = This button no longer works. Type /start to begin again.
error-generic = Something went wrong on my side. Please try again in a moment.
flood-slow-down = You are sending many messages in a short time. Wait a minute, then I will answer again.
