module github.com/prostar/maintenance

go 1.23.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/robfig/cron/v3 v3.0.1
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/teambition/rrule-go v1.8.2
)

require golang.org/x/text v0.14.0 // indirect
