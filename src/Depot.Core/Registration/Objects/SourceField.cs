namespace Depot.Core.Registration.Objects;

/// <summary>
/// A field from an imported source that Depot has no place for, kept verbatim with the object so
/// nothing the source held is lost: its path in the source (a LIDO XPath, an Adlib tag, a CSV
/// column), its text and, when the source gave one, its language. Shown read-only on the object.
/// </summary>
public sealed record SourceField(string Path, string Value, string Language = "");
