## Application chrome (staff locale). Japanese is the source locale.

app-title = Kakehashi
app-tagline = Intake support for coordinators and interpreters of foreign patients in regenerative medicine
