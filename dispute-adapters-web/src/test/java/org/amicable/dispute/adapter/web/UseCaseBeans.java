package org.amicable.dispute.adapter.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;
import io.micronaut.context.annotation.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.amicable.dispute.domain.service.DisputeServices;

/**
 * Every use case {@link DisputeServices} offers, made a bean of its port: each public method of the
 * assembly that returns an interface of {@code port.in} gives one, its parameters (a policy, a port
 * the use case reads from) taken from the other beans. A use case added to the domain is served to
 * these tests as soon as the assembly offers it, as the application's factory must.
 */
@Context
final class UseCaseBeans {

    static final String INBOUND_PORTS = "org.amicable.dispute.domain.port.in";

    UseCaseBeans(ApplicationContext context, DisputeServices services) {
        for (Method method : DisputeServices.class.getMethods()) {
            if (isUseCase(method.getReturnType())) {
                register(context, services, method);
            }
        }
    }

    static boolean isUseCase(Class<?> type) {
        return type.isInterface() && type.getPackageName().equals(INBOUND_PORTS);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(ApplicationContext context, DisputeServices services, Method method) {
        Class port = method.getReturnType();
        Object target = Modifier.isStatic(method.getModifiers()) ? null : services;
        context.registerBeanDefinition(RuntimeBeanDefinition.builder(port, () -> invoke(context, target, method))
                .singleton(true)
                .exposedTypes(port)
                .build());
    }

    private static Object invoke(ApplicationContext context, Object target, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(context::getBean).toArray();
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the assembly could not give " + method.getName(), e);
        }
    }
}
