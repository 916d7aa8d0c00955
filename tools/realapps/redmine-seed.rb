# Seeds Debian's Redmine for the real-app browser tests (run by start-redmine.sh with `rails runner`,
# once: the seeded database is kept as a template and copied for each start).
# The signed-in rep is the admin, shown as "Sam Rivera"; two customers each opened an issue in the
# "Support" project: Dana (angry, after a first reply from Sam) and Leo (calm).
Setting.default_language = 'en'
Setting.text_formatting = 'textile'
Setting.rest_api_enabled = '0'
Setting.notified_events = []

admin = User.find_by(login: 'admin')
admin.firstname = 'Sam'
admin.lastname = 'Rivera'
admin.password = admin.password_confirmation = 'heard-admin-1'
admin.must_change_passwd = false
admin.language = 'en'
admin.save!

def customer(login, first, last)
  u = User.find_by(login: login) || User.new(language: 'en')
  u.login = login
  u.firstname = first
  u.lastname = last
  u.mail = "#{login}@customers.example"
  u.password = u.password_confirmation = 'heard-customer-1'
  u.status = User::STATUS_ACTIVE
  u.save!
  u
end
dana = customer('dana', 'Dana', 'Whitfield')
leo = customer('leo', 'Leo', 'Park')

project = Project.find_by(identifier: 'support') || Project.new(identifier: 'support')
project.name = 'Support'
project.is_public = true
project.trackers = Tracker.all
project.enabled_module_names = %w[issue_tracking]
project.save!
role = Role.givable.find_by(name: 'Reporter') || Role.givable.first
[dana, leo].each do |u|
  Member.create!(project: project, principal: u, roles: [role]) unless Member.exists?(project: project, user_id: u.id)
end

tracker = Tracker.find_by(name: 'Support') || Tracker.first
status = IssueStatus.order(:position).first
priority = IssuePriority.active.first

def issue(project, tracker, status, priority, author, subject, description)
  Issue.find_by(subject: subject) || Issue.create!(project: project, tracker: tracker, status: status, priority: priority,
                                                   author: author, subject: subject, description: description)
end

def comment(issue, user, notes, private_notes: false)
  return if issue.journals.where(notes: notes).exists?
  Journal.create!(journalized: issue, user: user, notes: notes, private_notes: private_notes)
end

angry = issue(project, tracker, status, priority, dana, 'Order 4471 never arrived',
              "Hello, I ordered a standing desk two weeks ago (order 4471) and it still has not arrived. Could you check where it is?")
comment(angry, admin, "Hi Dana, thanks for writing. I have asked the carrier and will come back to you.")
comment(angry, admin, "Carrier says the parcel was returned to the depot; waiting on their ticket 88-2231.", private_notes: true)
comment(angry, dana, "This is RIDICULOUS. I have been waiting THREE WEEKS and this is the third time I am writing. " \
                     "Nobody has done anything. If this isn't sorted by Friday I'm cancelling and disputing the charge with my bank.")

calm = issue(project, tracker, status, priority, leo, 'Change of billing address',
             "Hi, I moved last month. Could you update the billing address on my account to 12 Elm Street, Leeds? Thanks!")
comment(calm, admin, "Hi Leo, of course. Could you confirm the postcode as well?")
comment(calm, leo, "Sure, it is LS1 4AB. Thanks a lot for your help, no rush at all.")

puts "seeded: issues #{angry.id} (angry) #{calm.id} (calm)"
