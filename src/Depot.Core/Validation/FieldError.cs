namespace Depot.Core.Validation;

/// <summary>What is wrong with one field, said in Dutch and English.</summary>
public sealed record FieldError(string Field, string Code, string MessageNl, string MessageEn)
{
    public string Message(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageEn : MessageNl;
}

/// <summary>Thrown when a record fails validation; nothing has been saved.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception("Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.MessageEn}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
