module github.com/prostar/maintenance

go 1.23.0
