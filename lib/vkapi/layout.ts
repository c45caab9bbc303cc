/** `CommunityPage.layout` of a page read from VK's API (lib/vkapi/map.ts): how the table and the reports tell it. */
export const API_LAYOUT = 'vk-api';
