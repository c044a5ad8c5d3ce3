namespace Depot.Core;

/// <summary>A broken domain rule, with a message a person can act on in Dutch and English.</summary>
public sealed class DomainException(string code, string messageNl, string messageEn) : Exception(messageEn)
{
    public string Code { get; } = code;
    public string MessageNl { get; } = messageNl;
    public string MessageEn { get; } = messageEn;
}
