# Serves Debian's Redmine with WEBrick on loopback, without Apache or Passenger (start-redmine.sh runs
# it). Debian's Redmine Gemfile lists no web server; WEBrick (Debian's ruby-webrick) is added to the
# load path after Bundler set it up. Static files are served by Rails itself.
port = Integer(ENV.fetch('PORT'))
ENV['RAILS_SERVE_STATIC_FILES'] = '1'
require File.join(Dir.pwd, 'config/environment')
# No mail server here: Redmine's notifications are kept in memory, never sent (an SMTP attempt made
# every reply wait for its timeout).
ActionMailer::Base.delivery_method = :test
ActionMailer::Base.perform_deliveries = false
webrick = Dir.glob('/usr/share/rubygems-integration/all/gems/webrick-*/lib').max || Dir.glob('/usr/lib/ruby/vendor_ruby').first
$LOAD_PATH.unshift(webrick) if webrick
require 'webrick'
require 'rack/handler/webrick'
app = Rails.application
unless Rails.application.config.public_file_server.enabled
  app = Rack::Builder.new do
    use Rack::Static, urls: %w[/javascripts /stylesheets /images /themes /favicon.ico /plugin_assets], root: File.join(Dir.pwd, 'public')
    run Rails.application
  end.to_app
end
$stdout.sync = true
puts "redmine: serving on http://127.0.0.1:#{port}/"
Rack::Handler::WEBrick.run(app, Host: '127.0.0.1', Port: port, AccessLog: [], Logger: WEBrick::Log.new($stderr, WEBrick::Log::WARN))
