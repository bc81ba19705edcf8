## /alerts: saved filters, and the message about new positions.

alerts-save = Tell me about new positions like these
alerts-saved = The alert is saved. You will get a message when new positions match.
alerts-duplicate = You already have this alert.
alerts-too-many = You already have 5 alerts. Delete one in /alerts first.
alerts-none = You have no alerts. Open /positions, choose a filter and tap "Tell me about new positions like these".
alerts-list = Your alerts. You get a message when new positions match.
alerts-item = { $number }. { $filter }
alerts-everything = All new positions
alerts-delete = Delete alert { $number }
alerts-deleted = The alert is deleted.
alerts-gone = That alert no longer exists.
alerts-new = { $count ->
        [one] One new position matches your alert:
       *[other] { $count } new positions match your alert:
    }
alerts-more = And { $count ->
        [one] one more position.
       *[other] { $count } more positions.
    }
alerts-new-outro = See them in /positions. Manage your alerts in /alerts.
