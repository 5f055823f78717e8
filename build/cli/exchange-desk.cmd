@echo off
rem Exchange Desk's command line in the installed app (README, "Command line"): the app's own program runs the
rem CLI bundle as Node (ELECTRON_RUN_AS_NODE), with the app's own better-sqlite3, built for that program.
setlocal
set ELECTRON_RUN_AS_NODE=1
set "NODE_PATH=%~dp0..\app.asar.unpacked\node_modules;%~dp0..\app.asar\node_modules"
"%~dp0..\..\Exchange Desk.exe" "%~dp0cli.mjs" %*
exit /b %ERRORLEVEL%
