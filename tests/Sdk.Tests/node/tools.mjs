// Drives the router with the official OpenAI Node SDK: a tool-call round trip, a streamed tool call and a
// json_schema answer. Prints one JSON object with what the SDK returned; the C# test asserts on it.
// Usage: ROUTER_BASE_URL=http://127.0.0.1:PORT/api/v1 ROUTER_API_KEY=key ROUTER_MODEL=auto node tools.mjs
import OpenAI from "openai";

const client = new OpenAI({ baseURL: process.env.ROUTER_BASE_URL, apiKey: process.env.ROUTER_API_KEY, maxRetries: 0 });
const model = process.env.ROUTER_MODEL ?? "auto";
const tools = [{
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
    strict: true,
  },
}];
const personSchema = {
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer" } },
  required: ["name", "age"],
  additionalProperties: false,
};

const messages = [{ role: "user", content: "What is the weather in Paris?" }];
const first = await client.chat.completions.create({ model, messages, tools, tool_choice: "required" });
const call = first.choices[0].message.tool_calls[0];
messages.push(first.choices[0].message, { role: "tool", tool_call_id: call.id, content: JSON.stringify({ temp_c: 18 }) });
const final = await client.chat.completions.create({ model, messages, tools });

// The SDK's own stream helper reassembles the tool-call deltas.
const stream = client.chat.completions.stream({ model, messages: [messages[0]], tools, tool_choice: "required" });
let chunks = 0;
stream.on("chunk", () => chunks++);
const streamed = await stream.finalChatCompletion();

const extraction = await client.chat.completions.create({
  model,
  messages: [{ role: "user", content: "Make up a person." }],
  response_format: { type: "json_schema", json_schema: { name: "person", schema: personSchema, strict: true } },
});

console.log(JSON.stringify({
  first: { finish_reason: first.choices[0].finish_reason, tool_call: call },
  final: { finish_reason: final.choices[0].finish_reason, content: final.choices[0].message.content },
  streamed: { finish_reason: streamed.choices[0].finish_reason, tool_calls: streamed.choices[0].message.tool_calls, chunks },
  extraction: { content: extraction.choices[0].message.content, schema: personSchema },
}));
