/**
 * The pages people use in a browser, server-rendered: the sign-in form and the landing page. They are not
 * part of the API and its OpenAPI document.
 */
package org.amicable.dispute.adapter.web.page;
