using Microsoft.CodeAnalysis;

namespace Payout.Rules.Sandbox;

/// <summary>Roslyn's view of a member, as a <see cref="SandboxMember"/>, spelt as <see cref="ClrNames"/> spells reflection's.</summary>
internal static class RoslynNames
{
    /// <summary>The full metadata name of a type: <c>System.Collections.Generic.List`1</c>, nested with <c>+</c>.</summary>
    public static string Of(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return Of(array.ElementType);
            case IPointerTypeSymbol pointer:
                return Of(pointer.PointedAtType);
        }

        var definition = type.OriginalDefinition;
        if (definition.ContainingType is { } outer)
        {
            return $"{Of(outer)}+{definition.MetadataName}";
        }

        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + definition.MetadataName;
    }

    /// <summary>The type and every type inside it: type arguments, array elements.</summary>
    public static IEnumerable<ITypeSymbol> Within(ITypeSymbol type)
    {
        yield return type;
        var inner = type switch
        {
            IArrayTypeSymbol array => [array.ElementType],
            INamedTypeSymbol named => named.TypeArguments,
            _ => [],
        };
        foreach (var t in inner.SelectMany(Within))
        {
            yield return t;
        }
    }

    /// <summary>The member as the allow-list judges it; null for symbols that are not members of a type.</summary>
    public static SandboxMember? Member(ISymbol symbol)
    {
        if (symbol.ContainingType is not { } type)
        {
            return null;
        }

        var (name, types) = symbol switch
        {
            IMethodSymbol m => (m.MethodKind == MethodKind.Constructor ? ".ctor" : (m.ReducedFrom ?? m).Name,
                m.Parameters.Select(p => p.Type).Append(m.ReturnType)),
            IPropertySymbol p => (p.IsIndexer ? "Item" : p.Name, p.Parameters.Select(x => x.Type).Append(p.Type)),
            IFieldSymbol f => (f.Name, [f.Type]),
            IEventSymbol e => (e.Name, [e.Type]),
            _ => (symbol.Name, Enumerable.Empty<ITypeSymbol>()),
        };
        var declaring = symbol is IMethodSymbol { ReducedFrom: { } from } ? from.ContainingType : type;
        return new SandboxMember(Of(declaring), name,
            types.SelectMany(Within).Where(t => t is not ITypeParameterSymbol).Select(Of).Distinct().ToList());
    }
}
