using System.Xml;

namespace Depot.Interchange.Adlib;

internal sealed partial class AdlibCursor
{
    private async Task<AdlibNode> ReadRecordAsync()
    {
        var record = new AdlibNode("record", null, Line ?? 0);
        ReadAttributes(record);
        if (xml.IsEmptyElement)
        {
            await xml.ReadAsync();
            return record;
        }
        var stack = new Stack<AdlibNode>();
        stack.Push(record);
        long chars = 0;
        var advance = true;
        while (true)
        {
            if (advance && !await xml.ReadAsync()) throw new XmlException("Unexpected end of file inside a record.");
            advance = true;
            var parent = stack.Peek();
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "value" && !parent.IsRecord:
                    var lang = xml.GetAttribute("lang");
                    var invariant = string.Equals(xml.GetAttribute("invariant"), "true", StringComparison.OrdinalIgnoreCase);
                    var text = (await xml.ReadElementContentAsStringAsync()).Trim();
                    chars += text.Length;
                    parent.Values.Add(new AdlibValue(text, AdlibLanguages.Normalise(lang, invariant)));
                    advance = false;
                    break;
                case XmlNodeType.Element:
                    if (stack.Count > MaxDepth) throw TooLarge("te diep genest", "nested too deeply");
                    var node = new AdlibNode(xml.LocalName, parent, Line ?? 0);
                    parent.Children.Add(node);
                    ReadAttributes(node);
                    if (!xml.IsEmptyElement) stack.Push(node);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    chars += xml.Value.Length;
                    parent.PendingText = parent.PendingText is null ? xml.Value : parent.PendingText + xml.Value;
                    break;
                case XmlNodeType.EndElement:
                    var done = stack.Pop();
                    Finish(done);
                    if (stack.Count == 0)
                    {
                        await xml.ReadAsync();
                        NumberRepeatedGroups(record);
                        return record;
                    }
                    break;
            }
            if (chars > MaxRecordChars) throw TooLarge("groter dan 32 MB tekst", "larger than 32 MB of text");
        }
    }

    private static void Finish(AdlibNode node)
    {
        var text = node.PendingText?.Trim();
        node.PendingText = null;
        if (node.Children.Count == 0 && node.Values.Count == 0 && !string.IsNullOrEmpty(text))
            node.Values.Add(new AdlibValue(text, ""));
    }

    private void ReadAttributes(AdlibNode node)
    {
        if (!xml.HasAttributes) return;
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.Prefix == "xmlns" || xml.Name == "xmlns") continue;
            node.Attributes.Add((xml.Name, new AdlibValue(xml.Value, "")));
        }
        xml.MoveToElement();
    }

    private static void NumberRepeatedGroups(AdlibNode record)
    {
        foreach (var group in record.Children.Where(c => c.Children.Count > 0).GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            var i = 0;
            foreach (var node in group) node.Occurrence = ++i;
        }
    }
}
