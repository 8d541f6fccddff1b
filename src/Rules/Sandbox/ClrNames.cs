using System.Reflection;

namespace Payout.Rules.Sandbox;

/// <summary>Reflection's view of a member, as a <see cref="SandboxMember"/>.</summary>
internal static class ClrNames
{
    /// <summary>The full name of a type as the allow-list spells it: generic definitions, <c>+</c> for nested types.</summary>
    public static string Of(Type type)
    {
        if (type.IsArray || type.IsByRef || type.IsPointer)
        {
            return Of(type.GetElementType()!);
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return definition.FullName ?? definition.Name;
    }

    /// <summary>The type and every type inside it: generic arguments, array elements.</summary>
    public static IEnumerable<string> Within(Type type)
    {
        yield return Of(type);
        if (type.HasElementType)
        {
            foreach (var inner in Within(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().Where(a => !a.IsGenericParameter).SelectMany(Within))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The member as the allow-list judges it.</summary>
    public static SandboxMember Member(MemberInfo member)
    {
        var (name, types) = member switch
        {
            MethodInfo m => (m.IsSpecialName && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal)) ? m.Name[4..] : m.Name,
                m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            ConstructorInfo c => (".ctor", c.GetParameters().Select(p => p.ParameterType)),
            PropertyInfo p => (p.Name, p.GetIndexParameters().Select(i => i.ParameterType).Append(p.PropertyType)),
            FieldInfo f => (f.Name, [f.FieldType]),
            _ => (member.Name, Enumerable.Empty<Type>()),
        };
        return new SandboxMember(Of(member.DeclaringType ?? typeof(object)), name, types.Where(t => !t.IsGenericParameter).SelectMany(Within).Distinct().ToList());
    }
}
