// The views and their models live in the `Views` target (Templates): Web builds the
// models and hands them to `Renderer`. Every file of Web sees them as its own.
@_exported import Views
