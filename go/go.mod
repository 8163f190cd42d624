module gofromjava

go 1.21
